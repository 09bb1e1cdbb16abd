package vn.eoffice.succession.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.eoffice.identity.CurrentUser;
import vn.eoffice.succession.SuccessionExports;

/** A plan's export as a download, for the page and the API alike. */
final class Downloads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {
    }

    static ResponseEntity<byte[]> send(SuccessionExports exports, CurrentUser user, Long planId,
            SuccessionExports.Format format, Locale locale) {
        byte[] file = exports.export(user, planId, format, locale);
        var type = format == SuccessionExports.Format.PDF ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(XLSX);
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition
                .attachment().filename(exports.fileName(planId, format)).build().toString()).body(file);
    }
}
