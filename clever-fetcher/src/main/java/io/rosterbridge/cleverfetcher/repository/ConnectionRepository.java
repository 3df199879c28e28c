package io.rosterbridge.cleverfetcher.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.cleverfetcher.entity.DistrictConnection;
import jakarta.enterprise.context.ApplicationScoped;

/** Stored district connections. */
@ApplicationScoped
public class ConnectionRepository implements PanacheRepositoryBase<DistrictConnection, String> {}
