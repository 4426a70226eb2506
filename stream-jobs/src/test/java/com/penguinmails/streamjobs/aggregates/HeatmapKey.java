package com.penguinmails.streamjobs.aggregates;

/** The dimensions of one row of the engagement heatmap; {@code bucket} (a UTC hour) in epoch seconds. */
record HeatmapKey(long bucket, String campaignId, int dayOfWeek, int hour) {
}
