package vn.eoffice.files.inspect;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the stream names of an OLE2 compound file's directory to tell Word ("WordDocument") from Excel ("Workbook")
 * 97–2003 by content. Only the header's 109 FAT sectors are followed; larger or unusual files are "unknown" and the
 * caller falls back to the extension.
 */
final class Ole2Directory {

    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int MAX_SECTORS = 4096;

    private Ole2Directory() {
    }

    enum Verdict {
        WORD, EXCEL,
        /** Read completely and neither: PowerPoint, Outlook, an installer… */
        OTHER,
        /** Not read (too large for the header's FAT, damaged, or both kinds of stream). */
        UNKNOWN
    }

    static Verdict of(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = read(channel, 0, 512);
            int sectorSize = 1 << header.getShort(0x1E);
            if (sectorSize != 512 && sectorSize != 4096) {
                return Verdict.UNKNOWN;
            }
            Set<String> names = names(channel, header, sectorSize);
            if (names == null) {
                return Verdict.UNKNOWN;
            }
            boolean word = names.contains("WordDocument");
            boolean excel = names.contains("Workbook") || names.contains("Book");
            if (word && excel) {
                return Verdict.UNKNOWN;
            }
            return word ? Verdict.WORD : excel ? Verdict.EXCEL : Verdict.OTHER;
        } catch (IOException | RuntimeException e) {
            return Verdict.UNKNOWN;
        }
    }

    private static Set<String> names(FileChannel channel, ByteBuffer header, int sectorSize) throws IOException {
        int entriesPerFatSector = sectorSize / 4;
        int sector = header.getInt(0x30);
        var names = new HashSet<String>();
        for (int visited = 0; sector != END_OF_CHAIN; visited++) {
            if (visited > MAX_SECTORS || sector < 0) {
                return null;
            }
            ByteBuffer directory = read(channel, (long) (sector + 1) * sectorSize, sectorSize);
            for (int offset = 0; offset + 128 <= sectorSize; offset += 128) {
                int nameLength = Short.toUnsignedInt(directory.getShort(offset + 0x40));
                int type = directory.get(offset + 0x42);
                if (type == 2 && nameLength >= 2 && nameLength <= 64) {
                    byte[] name = new byte[nameLength - 2];
                    directory.get(offset, name);
                    names.add(new String(name, StandardCharsets.UTF_16LE));
                }
            }
            int fatIndex = sector / entriesPerFatSector;
            if (fatIndex >= 109) {
                return null;
            }
            int fatSector = header.getInt(0x4C + fatIndex * 4);
            ByteBuffer fat = read(channel, (long) (fatSector + 1) * sectorSize, sectorSize);
            sector = fat.getInt((sector % entriesPerFatSector) * 4);
        }
        return names;
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("truncated compound file");
            }
        }
        return buffer.flip().order(ByteOrder.LITTLE_ENDIAN);
    }
}
