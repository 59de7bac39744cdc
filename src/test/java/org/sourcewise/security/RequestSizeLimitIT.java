package org.sourcewise.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** An oversized upload gets a short 413 and one WARN line, never the container's ERROR stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class RequestSizeLimitIT {

    @LocalServerPort
    private int port;

    @Test
    void anUploadOverTheLimitIsRefusedWithOneWarning(CapturedOutput output) throws IOException, InterruptedException {
        byte[] body = new byte[3 * 1024 * 1024];
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/VAADIN/dynamic/resource/0/upload"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("This is too large to send: a file may have at most 2 MB.\n");
        assertThat(output.getOut().lines().filter(line -> line.contains("Refused a 3145728-byte multipart/form-data"))
                .toList()).singleElement().asString().contains("WARN");
        assertThat(output.getOut()).doesNotContain("ERROR").doesNotContain("\tat ");
    }
}
