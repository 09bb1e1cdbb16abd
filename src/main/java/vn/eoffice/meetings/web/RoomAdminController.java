package vn.eoffice.meetings.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.meetings.RoomManagement;
import vn.eoffice.platform.FormPosts;

/**
 * The administrator's meeting rooms: capacity, equipment, in use or not.
 */
@Controller
@RequestMapping("/admin/meeting-rooms")
@PreAuthorize("hasRole('ADMIN')")
class RoomAdminController {

    private final RoomManagement rooms;

    RoomAdminController(RoomManagement rooms) {
        this.rooms = rooms;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("rooms", rooms.rooms(user));
        return "meetings/rooms";
    }

    @PostMapping
    String create(@RequestParam(required = false) String name, @RequestParam(required = false) String location,
            @RequestParam(required = false) Integer capacity, @RequestParam(required = false) String equipment,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "meeting.flash.roomSaved", "/admin/meeting-rooms",
                () -> rooms.create(user, name, location, capacity == null ? 0 : capacity, equipment));
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String location, @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) String equipment, @RequestParam(required = false) Boolean active,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return FormPosts.act(redirect, "meeting.flash.roomSaved", "/admin/meeting-rooms",
                () -> rooms.update(user, id, name, location, capacity == null ? 0 : capacity, equipment,
                        Boolean.TRUE.equals(active)));
    }
}
