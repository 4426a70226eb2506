package com.penguinmails.operational.warmup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a schedule is on its ramp: at {@code step} on {@code stepDate}, one step further every day after it unless
 * paused (a paused schedule allows 0 and does not move). Dates before {@code stepDate} get {@code stepDate}'s step.
 * Every change (cut, pause, resume) re-anchors the progress at the day it happens. Pure.
 *
 * @param step 0-based step of the ramp on {@code stepDate}
 */
public record WarmupProgress(int step, LocalDate stepDate, boolean paused) {

    /** A schedule starting on {@code startsOn}. */
    public static WarmupProgress startingOn(LocalDate startsOn) {
        return new WarmupProgress(0, startsOn, false);
    }

    /** The 0-based step on {@code date}. */
    public int stepOn(LocalDate date) {
        if (paused || !date.isAfter(stepDate)) {
            return step;
        }
        long days = ChronoUnit.DAYS.between(stepDate, date);
        return (int) Math.min(Integer.MAX_VALUE, step + days);
    }

    /** The most that may be sent on {@code date}: 0 while paused, else the ramp's volume of that day's step. */
    public int limitOn(WarmupRamp ramp, LocalDate date) {
        return paused ? 0 : ramp.volumeAt(stepOn(date));
    }

    /** Cut on {@code date}: back to the latest step at most half that day's volume ({@link WarmupRamp#halvedFrom}). */
    public WarmupProgress cutOn(WarmupRamp ramp, LocalDate date) {
        int current = Math.min(stepOn(date), ramp.days() - 1);
        return new WarmupProgress(ramp.halvedFrom(current), later(date), paused);
    }

    /** Paused from {@code date} on, keeping that day's step. */
    public WarmupProgress pausedOn(LocalDate date) {
        return new WarmupProgress(stepOn(date), later(date), true);
    }

    /** Resumed on {@code date} at the step it was paused at. */
    public WarmupProgress resumedOn(LocalDate date) {
        return new WarmupProgress(stepOn(date), later(date), false);
    }

    private LocalDate later(LocalDate date) {
        return date.isAfter(stepDate) ? date : stepDate;
    }
}
