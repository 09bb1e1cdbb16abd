package vn.eoffice.study.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;
import vn.eoffice.platform.FormPosts;
import vn.eoffice.study.PartyMemberForm;
import vn.eoffice.study.PartyMemberImportRefused;
import vn.eoffice.study.PartyMemberRoster;

/** A committee's roster of Party members (/study/members): list by cell, search, add, edit, deactivate, import. */
@Controller
@RequestMapping("/study/members")
class MemberController {

    static final int INVALID = 422;

    private final PartyMemberRoster roster;

    MemberController(PartyMemberRoster roster) {
        this.roster = roster;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long agency, @RequestParam(required = false) String cell,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean inactive,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new PartyMemberForm(cell, null, null, null, false));
        }
        Long chosen = agency == null ? user.agencyId() : agency;
        model.addAttribute("roster", roster.list(user, chosen, cell, q, inactive, page));
        model.addAttribute("rosters", roster.rosters(user));
        model.addAttribute("cell", cell);
        model.addAttribute("q", q);
        model.addAttribute("inactive", inactive);
        return "study/learners/members";
    }

    @PostMapping
    String add(@RequestParam Long agency, @Valid @ModelAttribute("memberForm") PartyMemberForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "study.member.flash.added", Map.of("study.member.card.taken",
                "cardNumber"), () -> {
                    roster.add(user, agency, form);
                    return "/study/members?agency=" + agency + "&cell=" + encode(form.cell());
                }, () -> {
                    response.setStatus(INVALID);
                    return list(agency, null, null, false, 0, user, model);
                });
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        var member = roster.member(user, id);
        model.addAttribute("member", member);
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new PartyMemberForm(member.cell(), member.fullName(),
                    member.cardNumber(), member.position(), member.keyLeader()));
        }
        return "study/learners/member";
    }

    @PostMapping("/{id}")
    String change(@PathVariable Long id, @Valid @ModelAttribute("memberForm") PartyMemberForm form,
            BindingResult binding, @AuthenticationPrincipal CurrentUser user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return FormPosts.submit(binding, redirect, "study.member.flash.changed", Map.of("study.member.card.taken",
                "cardNumber"), () -> "/study/members?agency=" + roster.change(user, id, form).agencyId(), () -> {
                    response.setStatus(INVALID);
                    return edit(id, user, model);
                });
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable Long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        var member = roster.member(user, id);
        return FormPosts.act(redirect, "study.member.flash.deactivated", "/study/members?agency="
                + member.agencyId(), () -> roster.deactivate(user, id));
    }

    @PostMapping("/import")
    String importRoster(@RequestParam Long agency, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        try {
            roster.importRoster(user, agency, file.getBytes(), file.getOriginalFilename());
            redirect.addFlashAttribute(FormPosts.DONE, "study.member.flash.imported");
            return "redirect:/study/members?agency=" + agency;
        } catch (PartyMemberImportRefused e) {
            model.addAttribute("importProblems", e.problems());
            model.addAttribute("importError", e);
        } catch (DomainException e) {
            model.addAttribute("importError", e);
        }
        response.setStatus(INVALID);
        return list(agency, null, null, false, 0, user, model);
    }

    static String encode(String text) {
        return java.net.URLEncoder.encode(text == null ? "" : text.strip(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
