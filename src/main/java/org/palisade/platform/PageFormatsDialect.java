package org.palisade.platform;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #formats}: {@link PageFormats} in the language of the current page. */
@Component
class PageFormatsDialect extends AbstractDialect implements IExpressionObjectDialect {

    PageFormatsDialect() {
        super("formats");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("formats");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new PageFormats(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
