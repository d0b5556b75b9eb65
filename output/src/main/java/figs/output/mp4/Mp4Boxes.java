package figs.output.mp4;

import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Edits an MP4 file's boxes (ISO/IEC 14496-12) after JCodec has written it: clears the creation and
 * modification times that would make every render differ, and moves {@code moov} in front of
 * {@code mdat} ("faststart") so that a browser can start playing before the whole file has arrived.
 */
final class Mp4Boxes {
    private static final Set<String> CONTAINERS = Set.of("moov", "trak", "mdia", "minf", "stbl", "edts", "dinf");

    private Mp4Boxes() {}

    /** The file with times cleared and moov first; chunk offsets are shifted to match. */
    static byte[] deterministicFaststart(byte[] file) {
        ByteBuffer in = ByteBuffer.wrap(file);
        int moovAt = -1, moovSize = 0, mdatAt = -1;
        for (int at = 0; at + 8 <= file.length; ) {
            long size = topLevelSize(in, at);
            String type = type(file, at + 4);
            if (type.equals("moov")) { moovAt = at; moovSize = Math.toIntExact(size); }
            if (type.equals("mdat") && mdatAt < 0) mdatAt = at;
            at = Math.toIntExact(at + size);
        }
        if (moovAt < 0 || mdatAt < 0) throw new IllegalStateException("no moov or mdat box");
        byte[] moov = new byte[moovSize];
        System.arraycopy(file, moovAt, moov, 0, moovSize);
        edit(ByteBuffer.wrap(moov), 8, moovSize, moovAt > mdatAt ? moovSize : 0);
        if (moovAt < mdatAt) {
            System.arraycopy(moov, 0, file, moovAt, moovSize);
            return file;
        }
        byte[] out = new byte[file.length];
        System.arraycopy(file, 0, out, 0, mdatAt);
        System.arraycopy(moov, 0, out, mdatAt, moovSize);
        System.arraycopy(file, mdatAt, out, mdatAt + moovSize, moovAt - mdatAt);
        System.arraycopy(file, moovAt + moovSize, out, mdatAt + moovSize + (moovAt - mdatAt), file.length - moovAt - moovSize);
        return out;
    }

    /** A box's size: 32 bits, or 1 and a 64-bit size after the type (mdat, as JCodec writes it), or 0 for "to the end". */
    private static long topLevelSize(ByteBuffer file, int at) {
        long size = Integer.toUnsignedLong(file.getInt(at));
        if (size == 1) size = file.getLong(at + 8);
        if (size == 0) size = file.limit() - at;
        if (size < 8) throw new IllegalStateException("box at " + at + " has size " + size);
        return size;
    }

    private static void edit(ByteBuffer box, int from, int to, int shift) {
        for (int at = from; at + 8 <= to; ) {
            int size = box.getInt(at);
            String type = type(box.array(), at + 4);
            if (CONTAINERS.contains(type)) edit(box, at + 8, at + size, shift);
            switch (type) {
                case "mvhd", "tkhd", "mdhd" -> clearTimes(box, at + 8);
                case "stco" -> shiftOffsets(box, at + 8, shift, false);
                case "co64" -> shiftOffsets(box, at + 8, shift, true);
                default -> { }
            }
            at += size;
        }
    }

    /** After version and flags: creation and modification time, 32 bits each (version 0) or 64 (version 1). */
    private static void clearTimes(ByteBuffer box, int body) {
        int width = box.get(body) == 1 ? 8 : 4;
        for (int i = 0; i < 2 * width; i++) box.put(body + 4 + i, (byte) 0);
    }

    private static void shiftOffsets(ByteBuffer box, int body, int shift, boolean wide) {
        int count = box.getInt(body + 4);
        for (int i = 0; i < count; i++) {
            if (wide) {
                int at = body + 8 + 8 * i;
                box.putLong(at, box.getLong(at) + shift);
            } else {
                int at = body + 8 + 4 * i;
                box.putInt(at, box.getInt(at) + shift);
            }
        }
    }

    private static String type(byte[] file, int at) {
        return new String(file, at, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
