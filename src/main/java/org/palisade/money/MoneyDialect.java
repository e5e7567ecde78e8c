package org.palisade.money;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/** Gives every template {@code #money}: a {@link MoneyFormat} in the language of the current page. */
@Component
class MoneyDialect extends AbstractDialect implements IExpressionObjectDialect {

    MoneyDialect() {
        super("money");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("money");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new MoneyFormat(context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                // one per template execution: the locale may differ from one request to the next
                return true;
            }
        };
    }
}
