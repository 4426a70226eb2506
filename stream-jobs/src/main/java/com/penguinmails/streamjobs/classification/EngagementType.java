package com.penguinmails.streamjobs.classification;

/** The kind of tracked request being classified: the pixel (an open) or a tracked link (a click). */
public enum EngagementType {
    OPEN,
    CLICK
}
