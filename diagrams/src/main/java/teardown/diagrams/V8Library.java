package teardown.diagrams;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * J2V8's native library, which graphviz-java's bundled engine runs on, loaded with a
 * non-executable stack. The shipped ELF marks its stack executable (PT_GNU_STACK with PF_X), and
 * the JVM warns on stderr whenever it loads such a library. V8 needs no executable stack (its
 * compiled code lives in pages it maps itself), so the flag is cleared, as {@code execstack -c}
 * would, before the library is loaded.
 */
final class V8Library {

    /** The library's resource name in the J2V8 jar, and the file name J2V8 extracts it to. */
    static final String FILE = "libj2v8_linux_x86_64.so";

    private static final int PT_GNU_STACK = 0x6474e551;
    private static final int PF_X = 1;

    private V8Library() {
    }

    /**
     * The folder to hand J2V8 as its extraction folder, with the library already loaded from there.
     * J2V8 writes its own copy over the file, but the JVM then sees that path loaded and does not
     * load it again. Empty where the jar has no Linux x86-64 library; J2V8 then does as it does.
     */
    static Optional<Path> loadedFolder() {
        return Loaded.FOLDER;
    }

    /** Loading a native library is once per JVM: the holder's initialisation runs the first time it is asked for. */
    private static final class Loaded {
        static final Optional<Path> FOLDER = load();
    }

    private static Optional<Path> load() {
        try (InputStream in = V8Library.class.getResourceAsStream("/" + FILE)) {
            if (in == null || !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
                return Optional.empty();
            }
            Path folder = Files.createTempDirectory("teardown-v8-");
            Path library = folder.resolve(FILE);
            folder.toFile().deleteOnExit(); // files are deleted in reverse order: the library first, then its folder
            library.toFile().deleteOnExit();
            Files.write(library, withoutExecutableStack(in.readAllBytes()));
            System.load(library.toString());
            return Optional.of(folder);
        } catch (IOException | UnsatisfiedLinkError e) {
            return Optional.empty(); // J2V8 extracts and loads its own copy, as it would without this class
        }
    }

    /**
     * A copy of a 64-bit little-endian ELF file with PF_X cleared in its PT_GNU_STACK program
     * header; any other file is copied unchanged.
     */
    static byte[] withoutExecutableStack(byte[] elf) {
        byte[] copy = elf.clone();
        ByteBuffer b = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        stackFlags(copy).ifPresent(at -> b.putInt(at, b.getInt(at) & ~PF_X));
        return copy;
    }

    /** True when an ELF file's stack header asks for an executable stack. */
    static boolean hasExecutableStack(byte[] elf) {
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        return stackFlags(elf).isPresent() && (b.getInt(stackFlags(elf).getAsInt()) & PF_X) != 0;
    }

    /** Where the p_flags word of the PT_GNU_STACK program header is, in a 64-bit little-endian ELF file. */
    private static OptionalInt stackFlags(byte[] elf) {
        if (!isElf64LittleEndian(elf)) {
            return OptionalInt.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        long headers = b.getLong(0x20);
        int size = Short.toUnsignedInt(b.getShort(0x36));
        int count = Short.toUnsignedInt(b.getShort(0x38));
        for (int i = 0; i < count; i++) {
            long at = headers + (long) i * size;
            if (at >= 0 && at + 8 <= elf.length && b.getInt((int) at) == PT_GNU_STACK) {
                return OptionalInt.of((int) at + 4);
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isElf64LittleEndian(byte[] f) {
        return f.length >= 0x40 && f[0] == 0x7f && f[1] == 'E' && f[2] == 'L' && f[3] == 'F' && f[4] == 2 && f[5] == 1;
    }
}
