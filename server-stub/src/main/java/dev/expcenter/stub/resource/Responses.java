package dev.expcenter.stub.resource;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The few response shapes resources answer with. */
final class Responses {
    private Responses() {
    }

    static Response ok(Object entity) {
        return Response.ok(entity).build();
    }

    /** 201 with a Location naming the new resource under the collection that was posted to. */
    static Response created(UriInfo uriInfo, String id, Object entity) {
        return Response.created(uriInfo.getAbsolutePathBuilder().path(id).build()).entity(entity).build();
    }

    static Response noContent() {
        return Response.noContent().build();
    }
}
