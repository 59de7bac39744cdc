package org.sourcewise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sourcewise.SourcewiseServerTest;
import org.sourcewise.Tier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An oversized upload gets a short 413 and one WARN line, never the container's ERROR stack trace, whether it
 * declares its size or is sent in chunks without one.
 */
@Tier.Spring
@SourcewiseServerTest
@ExtendWith(OutputCaptureExtension.class)
class RequestSizeLimitIT {

    @LocalServerPort
    private int port;

    @Value("${spring.servlet.multipart.max-request-size}")
    private String containerLimit;

    private HttpResponse<String> upload(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/VAADIN/dynamic/resource/0/upload"))
                                .header("Content-Type", "multipart/form-data; boundary=x")
                                .POST(body)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    /** One part holding a file of the given size, as a browser's upload sends it. */
    private static byte[] multipart(int fileBytes) {
        String head = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"article.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\n--x--\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[start.length + fileBytes + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        Arrays.fill(body, start.length, start.length + fileBytes, (byte) 'a');
        System.arraycopy(end, 0, body, start.length + fileBytes, end.length);
        return body;
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithOneWarning(CapturedOutput output) throws IOException, InterruptedException {
        HttpResponse<String> response = upload(HttpRequest.BodyPublishers.ofByteArray(new byte[3 * 1024 * 1024]));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("This is too large to send: a file may have at most 2 MB.\n");
        assertThat(output.getOut()
                        .lines()
                        .filter(line -> line.contains("Refused a 3145728-byte multipart/form-data"))
                        .toList())
                .singleElement()
                .asString()
                .contains("WARN");
        assertThat(output.getOut()).doesNotContain("ERROR").doesNotContain("\tat ");
    }

    @Test
    void aChunkedUploadOverTheLimitIsRefusedWithOneWarning(CapturedOutput output)
            throws IOException, InterruptedException {
        byte[] body = multipart(3 * 1024 * 1024);
        HttpResponse<String> response =
                upload(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("This is too large to send: a file may have at most 2 MB.\n");
        assertThat(output.getOut()
                        .lines()
                        .filter(line -> line.contains("Refused a chunked multipart/form-data"))
                        .toList())
                .singleElement()
                .asString()
                .contains("WARN");
        assertThat(output.getOut()).doesNotContain("ERROR").doesNotContain("\tat ");
    }

    @Test
    void aChunkedUploadWithinTheLimitIsNotRefused(CapturedOutput output) throws IOException, InterruptedException {
        byte[] body = multipart(100_000);
        HttpResponse<String> response =
                upload(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));

        assertThat(response.statusCode()).isNotEqualTo(413);
        assertThat(output.getOut()).doesNotContain("Refused a chunked");
    }

    @Test
    void theContainersMultipartLimitIsTheFiltersBound() {
        assertThat(containerLimit).isEqualTo(RequestSizeLimit.UPLOAD_BYTES + "B");
    }
}
