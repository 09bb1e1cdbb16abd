package vn.eoffice.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The layout's search box lands here; full-text search is wired in by the documents module.
 */
@Controller
class SearchController {

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q.length() > 200 ? q.substring(0, 200) : q);
        return "search";
    }
}
