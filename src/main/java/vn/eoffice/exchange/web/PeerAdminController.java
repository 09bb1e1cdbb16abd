package vn.eoffice.exchange.web;

import java.io.IOException;

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

import vn.eoffice.exchange.PeerRegistry;
import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.DomainException;

/**
 * Administrators register the agencies reachable by exchange: OrganId, receive endpoint, certificate (PEM or DER).
 */
@Controller
@RequestMapping("/admin/exchange/peers")
class PeerAdminController {

    private static final long MAX_CERTIFICATE = 64 * 1024;

    private final PeerRegistry registry;

    PeerAdminController(PeerRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("peers", registry.list(user));
        model.addAttribute("ownUrl", registry.ownReceiveUrl());
        model.addAttribute("ownCertificate", registry.ownCertificatePem());
        return "exchange/peers";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", PeerForm.blank());
        return formPage(model, null);
    }

    @PostMapping
    String create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PeerForm form,
            BindingResult binding, @RequestParam(name = "certificate", required = false) MultipartFile certificate,
            Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return formPage(model, null);
        }
        try {
            registry.register(user, form.organId(), form.name(), form.endpointUrl(), bytes(certificate),
                    !Boolean.FALSE.equals(form.enabled()));
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return formPage(model, null);
        }
        redirect.addFlashAttribute("flash", "exchange.peer.saved");
        return "redirect:/admin/exchange/peers";
    }

    @GetMapping("/{id}")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id, Model model) {
        var peer = registry.get(user, id);
        model.addAttribute("form", PeerForm.of(peer));
        model.addAttribute("peer", peer);
        return formPage(model, id);
    }

    @PostMapping("/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable Long id,
            @Valid @ModelAttribute("form") PeerForm form, BindingResult binding,
            @RequestParam(name = "certificate", required = false) MultipartFile certificate, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("peer", registry.get(user, id));
        if (binding.hasErrors()) {
            return formPage(model, id);
        }
        try {
            registry.update(user, id, form.version() == null ? -1 : form.version(), form.name(), form.endpointUrl(),
                    bytes(certificate), Boolean.TRUE.equals(form.enabled()));
        } catch (DomainException e) {
            model.addAttribute("formError", e);
            return formPage(model, id);
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            model.addAttribute("conflict", true);
            return formPage(model, id);
        }
        redirect.addFlashAttribute("flash", "exchange.peer.saved");
        return "redirect:/admin/exchange/peers";
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > MAX_CERTIFICATE) {
            throw new DomainException("exchange.peer.certificate.invalid");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new DomainException("exchange.peer.certificate.invalid");
        }
    }

    private String formPage(Model model, Long id) {
        model.addAttribute("peerId", id);
        return "exchange/peer-form";
    }
}
