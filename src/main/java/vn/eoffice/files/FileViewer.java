package vn.eoffice.files;

/**
 * What the inline viewer needs to show one file of a record: its name, its pages as images (none when it is not a
 * readable PDF) and the record's own download address; {@code pageUrl(n)} is under that address, so the same access
 * rule guards both.
 */
public record FileViewer(String name, String mediaType, int pages, String downloadUrl) {

    public boolean previewable() {
        return pages > 0;
    }

    public String pageUrl(int page) {
        return downloadUrl + "/pages/" + page;
    }

    public java.util.List<Integer> pageNumbers() {
        return java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
    }
}
