package org.sourcewise.common.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The app's pop-up messages, made in one place so that every one of a kind looks and lasts the same. */
public final class Notifications {

    private static final int SUCCESS_MILLIS = 5_000;
    /** Longer than a success: a reason is read, and perhaps acted on, before it goes. */
    private static final int ERROR_MILLIS = 10_000;

    private Notifications() {}

    public static Notification success(String text) {
        return Notification.show(text, SUCCESS_MILLIS, Notification.Position.BOTTOM_START);
    }

    public static Notification error(String text) {
        Notification notification = Notification.show(text, ERROR_MILLIS, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
