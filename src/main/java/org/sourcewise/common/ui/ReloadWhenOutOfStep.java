package org.sourcewise.common.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * A page whose browser and server fell out of step (a push message lost on a busy network, or a node that died and a
 * proxy that sent the browser to another) reloads at once instead of waiting behind Vaadin's "Synchronization Error"
 * box for a click. Nobody may be there to click: a projector shows the live session to the room. Everything a page
 * shows is in the database, and the live pages find their session and seat again from it, so the reload loses
 * nothing the box's own reload would have kept.
 */
@Component
class ReloadWhenOutOfStep implements VaadinServiceInitListener {

    private static final SystemMessages MESSAGES = messages();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> MESSAGES);
    }

    private static SystemMessages messages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSyncErrorNotificationEnabled(false);
        return messages;
    }
}
