package org.sourcewise.common.ui;

import com.vaadin.flow.component.html.Image;
import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A join link (a live session's, a class's) as a QR code: SVG drawn on the server and shown as an image, so no script
 * or markup is injected.
 */
public final class JoinQrCode {

    private static final int QUIET_ZONE = 4;

    private JoinQrCode() {}

    public static Image of(String url) {
        QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
        int side = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
        Image image = new Image(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)),
                "QR code of " + url);
        return image;
    }
}
