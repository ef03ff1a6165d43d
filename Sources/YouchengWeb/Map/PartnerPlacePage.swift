import Hummingbird
import YouchengCore

/// `POST /partners/{id}/place`: a writer sets the partner's coordinates, as degrees (`lat`, `lon`) or as one of the
/// cities its names match (`city`, a GeoNames id), or clears them (`clear`). Audited as a `partner` update with the
/// coordinates before and after; refused values come back beside the fields (422).
struct PartnerPlacePage: Sendable {
    let dependencies: WebDependencies

    func set(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let fields = try await request.postedForm(.action, context)
        guard let (partner, partnerships) = try await dependencies.repository.partner(id: id) else {
            throw RegistryError.notFound
        }
        // The coordinates are the partner's, shared by every home twinned with it.
        guard
            dependencies.policy.mayChangeSharedPartner(
                homes: partnerships.map(\.home.code), as: try context.principal())
        else { throw RegistryError.partnerPlaceShared }
        let place: PartnerPlace?
        if fields["clear"] != nil {
            place = nil
        } else if let cityText = fields["city"], !cityText.isEmpty {
            let candidates = PartnerPage.candidates(partner, dependencies.maps.gazetteer())
            guard let city = candidates.first(where: { String($0.id) == cityText }) else {
                throw WebError.badRequest(
                    Bilingual(zh: "所选城市不在候选列表中", en: "the chosen city is not one of the candidates"),
                    field: "city")
            }
            place = PartnerPlace(point: city.point, source: .form)
        } else {
            let lat = fields["lat"] ?? ""
            let lon = fields["lon"] ?? ""
            do {
                place = PartnerPlace(point: try GeoPoint.parse(lat: lat, lon: lon), source: .form)
            } catch {
                return try await PartnerPage(dependencies: dependencies).render(
                    id: id, place: PartnerPage.PlaceForm(typed: (lat, lon), errors: error),
                    status: .unprocessableContent, request: request, context: context)
            }
        }
        try await dependencies.places.set(partnerId: id, to: place, actor: try context.auditActor())
        return Response(
            status: .seeOther, headers: [.location: RegistryRoute.partner(id: id).link([("saved", "place")]) + "#place"]
        )
    }
}
