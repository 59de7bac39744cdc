package org.sourcewise;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.sourcewise.cli.Commands;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the web app, or runs a command-line tool when the first argument names one,
 * so that `java -jar sourcewise.jar extract ...` never starts the web server.
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/sourcewise.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
// Live sessions update every screen in the room as it happens. WEBSOCKET_XHR (the default) pushes over the WebSocket
// but sends the browser's events as ordinary requests, which pass Spring Security's filters and carry the sign-in.
@Push
public class Application implements AppShellConfigurator {

    /** The tab's icon: an SVG, which every current browser shows sharp at any size. */
    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    public static void main(String[] args) {
        if (args.length > 0 && Commands.isCommand(args[0])) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
