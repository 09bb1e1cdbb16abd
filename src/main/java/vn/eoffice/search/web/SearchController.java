package vn.eoffice.search.web;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.eoffice.documents.DocumentStatus;
import vn.eoffice.documents.RegisterManagement;
import vn.eoffice.documents.Urgency;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.search.DocumentSearch;

/**
 * The search page: words and filters in the query string (bookmarkable); htmx swaps only the results.
 */
@Controller
class SearchController {

    private static final int PAGE_SIZE = 20;

    private final DocumentSearch search;
    private final RegisterManagement registers;

    SearchController(DocumentSearch search, RegisterManagement registers) {
        this.search = search;
        this.registers = registers;
    }

    @GetMapping("/search")
    String search(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") SearchForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        if (!form.empty()) {
            var results = search.search(user, form.query(PAGE_SIZE));
            model.addAttribute("results", results);
            model.addAttribute("page", new PageImpl<>(results.hits(),
                    PageRequest.of(results.page(), results.size()), results.total()));
            model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page")
                    .build().toUriString());
        }
        if (htmx != null) {
            return "search/search :: results";
        }
        model.addAttribute("types", registers.types());
        model.addAttribute("registers", registers.registersOf(user.agencyId()));
        model.addAttribute("statuses", List.of(DocumentStatus.values()));
        model.addAttribute("urgencies", List.of(Urgency.values()));
        return "search/search";
    }
}
