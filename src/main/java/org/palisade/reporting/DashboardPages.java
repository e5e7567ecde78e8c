package org.palisade.reporting;

import org.palisade.platform.WebPages;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard: where every role starts. */
@WebPages
class DashboardPages {

    @GetMapping("/")
    String dashboard() {
        return "reporting/dashboard";
    }
}
