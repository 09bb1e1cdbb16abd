package vn.eoffice.signing.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.platform.ApiController;
import vn.eoffice.platform.NotFoundException;
import vn.eoffice.signing.CredentialSummary;
import vn.eoffice.signing.SigningService;

/** The caller's own signing certificate and signature image (Chứng thư số của tôi); never the private key. */
@ApiController("/api/v1/me/certificate")
@Tag(name = "Identity")
class MyCertificateApiController {

    private final SigningService signing;

    MyCertificateApiController(SigningService signing) {
        this.signing = signing;
    }

    @GetMapping
    @Operation(summary = "The caller's signing certificate: subject, issuer, validity (404 when none is installed)")
    CredentialSummary get(@AuthenticationPrincipal CurrentUser user) {
        return signing.personalKey(user.id()).orElseThrow(() -> new NotFoundException("signing key"));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Install or replace the caller's .p12 (parts pkcs12, password) and signature image (image)")
    ResponseEntity<CredentialSummary> install(@AuthenticationPrincipal CurrentUser user,
            @RequestPart(name = "pkcs12", required = false) MultipartFile pkcs12,
            @RequestParam(required = false) String password,
            @RequestPart(name = "image", required = false) MultipartFile image) {
        var key = signing.uploadPersonalKey(user, Uploads.bytes(pkcs12, Uploads.MAX_KEY_FILE, "signing.key.tooLarge"),
                Uploads.password(password), Uploads.bytes(image, Uploads.MAX_IMAGE, "signing.image.tooLarge"),
                image == null ? null : image.getOriginalFilename());
        return ResponseEntity.created(URI.create("/api/v1/me/certificate")).body(key);
    }

    @DeleteMapping
    @Operation(summary = "Remove the caller's certificate and signature image")
    ResponseEntity<Void> remove(@AuthenticationPrincipal CurrentUser user) {
        signing.removePersonalKey(user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping(path = "/image", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "The caller's signature image (PNG)")
    ResponseEntity<byte[]> image(@AuthenticationPrincipal CurrentUser user) {
        var key = signing.personalKey(user.id()).orElseThrow(() -> new NotFoundException("signing key"));
        var bytes = signing.image(key.id()).orElseThrow(() -> new NotFoundException("signature image"));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(bytes);
    }
}
