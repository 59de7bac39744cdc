package org.sourcewise.account;

import java.util.List;
import org.sourcewise.common.Refusal;

/** An account could not be created or changed; the message is meant for the person who tried. */
public class AccountException extends Refusal {

    public AccountException(List<String> problems) {
        super(String.join(" ", problems));
    }
}
