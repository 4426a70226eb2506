package com.penguinmails.operational.workspaces;

import org.jdbi.v3.core.Handle;

/**
 * Delivers an invitation's token to the invited address. Implementations never log the token. Called inside the
 * transaction that creates the invitation, so an implementation that queues in PostgreSQL commits with it.
 */
public interface InvitationMailer {

    /**
     * Sends (or queues) the invitation mail.
     *
     * @param handle the transaction creating the invitation
     * @param invitation the invitation
     * @param workspaceName the workspace's name, for the mail's text
     * @param token the secret the invited person accepts with
     */
    void deliver(Handle handle, Invitation invitation, String workspaceName, String token);
}
