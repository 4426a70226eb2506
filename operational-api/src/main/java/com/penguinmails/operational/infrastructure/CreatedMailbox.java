package com.penguinmails.operational.infrastructure;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer to a mailbox creation: the mailbox and its password, shown this once (the platform does not keep it).
 */
public record CreatedMailbox(@JsonUnwrapped MailboxView mailbox, String password) {
}
