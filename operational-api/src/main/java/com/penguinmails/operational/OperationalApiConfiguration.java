package com.penguinmails.operational;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Configuration of the operational API: its PostgreSQL database. */
public class OperationalApiConfiguration extends Configuration {

    @Valid
    @NotNull
    private DataSourceFactory database = new DataSourceFactory();

    /**
     * The PostgreSQL connection pool. Set {@code minSize}, {@code initialSize} and {@code maxSize} together: both
     * minimums default to 10, so a smaller {@code maxSize} alone fails validation.
     */
    @JsonProperty
    public DataSourceFactory getDatabase() {
        return database;
    }

    @JsonProperty
    public void setDatabase(DataSourceFactory database) {
        this.database = database;
    }
}
