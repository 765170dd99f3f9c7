package dev.expcenter.mock.server;

import jakarta.ws.rs.ext.InterceptorContext;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * What the mock's writer interceptors do with a response entity: take the note a response filter left
 * for them, and read the entity's bytes as Jersey writes them, either instead of sending them (the
 * caller sends them, or others in their place) or as they are sent.
 */
public final class WrittenEntity {
    /** An experiment is about 600 bytes, a page of 25 about 15 KB: start at 4 KiB, not 32 bytes. */
    private static final int INITIAL_CAPACITY = 4096;

    private WrittenEntity() {
    }

    /** The property {@code name} if it is a {@code type}, removed from {@code context}; null otherwise. */
    public static <T> T take(InterceptorContext context, String name, Class<T> type) {
        Object value = context.getProperty(name);
        if (!type.isInstance(value)) {
            return null;
        }
        context.removeProperty(name);
        return type.cast(value);
    }

    /** Writes the entity into a buffer instead of the response and returns its bytes. */
    public static byte[] capture(WriterInterceptorContext context) throws IOException {
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(INITIAL_CAPACITY);
        context.setOutputStream(buffer);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(out);
        }
        return buffer.toByteArray();
    }

    /** Writes the entity to the response and returns a copy of its bytes. */
    public static byte[] tee(WriterInterceptorContext context) throws IOException {
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream copy = new ByteArrayOutputStream(INITIAL_CAPACITY);
        context.setOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                copy.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                copy.write(b, off, len);
            }
        });
        try {
            context.proceed();
        } finally {
            context.setOutputStream(out);
        }
        return copy.toByteArray();
    }
}
