extension Migration {
    /// Partner coordinates: nullable latitude and longitude in degrees, and where they came from (`form`,
    /// `geonames`, or NULL when there are none).
    static let m004PartnerCoordinates = Migration(
        version: 4, name: "partner coordinates",
        sqlite: [
            "ALTER TABLE partners ADD COLUMN lat REAL",
            "ALTER TABLE partners ADD COLUMN lon REAL",
            "ALTER TABLE partners ADD COLUMN coordinate_source TEXT",
        ],
        postgres: [
            "ALTER TABLE partners ADD COLUMN lat DOUBLE PRECISION",
            "ALTER TABLE partners ADD COLUMN lon DOUBLE PRECISION",
            "ALTER TABLE partners ADD COLUMN coordinate_source TEXT",
        ])
}
