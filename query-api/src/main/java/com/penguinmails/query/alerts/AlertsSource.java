package com.penguinmails.query.alerts;

import java.util.List;

/** Where alerts come from: ClickHouse in the service. */
public interface AlertsSource {

    /** The alerts answering {@code request}, newest first. */
    List<Alert> alerts(AlertsRequest request);
}
