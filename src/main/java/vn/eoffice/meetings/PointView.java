package vn.eoffice.meetings;

/**
 * A connection point (điểm cầu) of an online conference as pages and the API show it: the main point or a unit's,
 * where it is, its host, how many are expected and came, the technical check's result, and the hosted agency
 * (a committee) whose point it is.
 */
public record PointView(Long id, boolean main, Long unitId, String name, String location, Long hostId, int expected,
        TechStatus techStatus, Integer actual, Long agencyId) {

    static PointView of(ConnectionPoint point) {
        return new PointView(point.getId(), point.isMain(), point.getUnitId(), point.getName(), point.getLocation(),
                point.getHostId(), point.getExpected(), point.getTechStatus(), point.getActual(),
                point.getAgencyId());
    }
}
