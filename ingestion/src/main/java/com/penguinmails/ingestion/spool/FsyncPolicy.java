package com.penguinmails.ingestion.spool;

/** When the spool forces appended records to the storage device. */
public enum FsyncPolicy {

    /**
     * An append returns only after its records are forced to the device; concurrent appends share one fsync (group
     * commit). Survives a crash of the machine.
     */
    ALWAYS,

    /**
     * An append returns once its records are written to the operating system; segments are forced only when they are
     * sealed or the spool closes. Survives a crash of the process, not of the machine.
     */
    NEVER
}
