use diesel::{Connection, PgConnection, RunQueryDsl};
use hgcs_db::cluster::{Cluster, Durability};

/// A fresh cluster starts, serves a database, stops, and a second start
/// reuses its data.
#[test]
fn an_embedded_cluster_starts_stops_and_keeps_its_data() {
    let dir = std::env::temp_dir().join(format!("hgcs-cluster-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    {
        let mut cluster = Cluster::start(&dir, Durability::Scratch).unwrap();
        assert!(cluster.started_here());
        cluster.ensure_database("hgcs").unwrap();
        let mut conn = PgConnection::establish(&cluster.database_url("hgcs")).unwrap();
        diesel::sql_query("CREATE TABLE kept (v INT)")
            .execute(&mut conn)
            .unwrap();
        drop(conn);
        cluster.stop().unwrap();
        assert!(PgConnection::establish(&cluster.database_url("hgcs")).is_err());
    }
    {
        let cluster = Cluster::start(&dir, Durability::Scratch).unwrap();
        cluster.ensure_database("hgcs").unwrap();
        let mut conn = PgConnection::establish(&cluster.database_url("hgcs")).unwrap();
        diesel::sql_query("SELECT v FROM kept")
            .execute(&mut conn)
            .unwrap();
        // Dropping the cluster stops the server it started.
    }
    let _ = std::fs::remove_dir_all(&dir);
}
