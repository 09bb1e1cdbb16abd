package vn.eoffice.search.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.search.Reindexing;

/**
 * The administrator rebuilds the search index; the page polls a progress fragment while it runs.
 */
@Controller
@RequestMapping("/admin/search")
class ReindexController {

    private final Reindexing reindexing;

    ReindexController(Reindexing reindexing) {
        this.reindexing = reindexing;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("progress", reindexing.progress());
        return "search/reindex";
    }

    @GetMapping("/progress")
    String progress(Model model) {
        model.addAttribute("progress", reindexing.progress());
        return "search/reindex :: progress";
    }

    @PostMapping("/reindex")
    String start(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        var progress = reindexing.start();
        if (htmx != null) {
            model.addAttribute("progress", progress);
            return "search/reindex :: progress";
        }
        redirect.addFlashAttribute("flash", "search.reindex.started");
        return "redirect:/admin/search";
    }
}
