package io.rosterbridge.cleverfetcher.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.rosterbridge.cleverfetcher.entity.EventsCursor;
import jakarta.enterprise.context.ApplicationScoped;

/** Events API cursors per district. */
@ApplicationScoped
public class CursorRepository implements PanacheRepositoryBase<EventsCursor, String> {}
