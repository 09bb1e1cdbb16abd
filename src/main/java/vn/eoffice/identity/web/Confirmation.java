package vn.eoffice.identity.web;

import org.springframework.ui.Model;

/**
 * A page that asks "are you sure?" before a destructive action; works without JavaScript.
 */
final class Confirmation {

    private Confirmation() {
    }

    static String page(Model model, String titleKey, String textKey, Object[] args, String action, String cancel,
            String buttonKey) {
        model.addAttribute("confirmTitle", titleKey);
        model.addAttribute("confirmText", textKey);
        model.addAttribute("confirmArgs", args);
        model.addAttribute("confirmAction", action);
        model.addAttribute("confirmCancel", cancel);
        model.addAttribute("confirmButton", buttonKey);
        return "identity/confirm";
    }
}
