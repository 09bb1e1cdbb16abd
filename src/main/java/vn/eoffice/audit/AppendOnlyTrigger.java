package vn.eoffice.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.h2.api.Trigger;

/**
 * H2 trigger that keeps audit lines append-only (PostgreSQL has its own in plpgsql): the only update allowed gives an
 * unsealed line its seal (seq and hashes) once, with its content unchanged; deletes are refused.
 */
public class AppendOnlyTrigger implements Trigger {

    private static final Set<String> SEAL = Set.of("SEQ", "PREVIOUS_HASH", "HASH");

    private final List<Integer> sealColumns = new ArrayList<>();
    private final List<Integer> contentColumns = new ArrayList<>();

    @Override
    public void init(Connection connection, String schemaName, String triggerName, String tableName, boolean before,
            int type) throws SQLException {
        try (var columns = connection.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (columns.next()) {
                int index = columns.getInt("ORDINAL_POSITION") - 1;
                (SEAL.contains(columns.getString("COLUMN_NAME").toUpperCase()) ? sealColumns : contentColumns)
                        .add(index);
            }
        }
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null || newRow == null || !isSealing(oldRow, newRow)) {
            throw new SQLException("audit_entry is append-only");
        }
    }

    private boolean isSealing(Object[] oldRow, Object[] newRow) {
        return sealColumns.size() == SEAL.size()
                && sealColumns.stream().allMatch(i -> oldRow[i] == null && newRow[i] != null)
                && contentColumns.stream().allMatch(i -> Objects.equals(oldRow[i], newRow[i]));
    }
}
