package vn.eoffice.platform;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The files a person really chose among the parts of an upload. A part without a file name is a file input left
 * empty (browsers send it anyway) and is skipped; a named file of 0 bytes is refused by its name rather than quietly
 * dropped, so that nothing is registered without the file its sender meant to attach.
 */
public final class UploadedFiles {

    private UploadedFiles() {
    }

    public static List<MultipartFile> chosen(List<MultipartFile> parts) {
        if (parts == null) {
            return List.of();
        }
        var chosen = parts.stream().filter(part -> part != null && !unnamed(part)).toList();
        for (MultipartFile file : chosen) {
            if (file.isEmpty()) {
                throw new DomainException("upload.empty", file.getOriginalFilename());
            }
        }
        return chosen;
    }

    private static boolean unnamed(MultipartFile part) {
        return (part.getOriginalFilename() == null || part.getOriginalFilename().isBlank()) && part.isEmpty();
    }
}
