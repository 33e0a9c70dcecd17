package org.electgraph.neo4jserver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a real Neo4j Community server (embedded kernel + Bolt) for electgraph's tests.
 *
 * <p>Usage: {@code Main --port 7687 --data DIR}. Once the default database is up and Bolt
 * is listening it prints exactly one line {@code NEO4J READY bolt://127.0.0.1:<port>} to
 * stdout; scripts wait for that line. SIGTERM (or Ctrl-C) shuts the DBMS down cleanly, so
 * the next start on the same data directory needs no recovery.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) throws Exception {
        int port = 7687;
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                default -> usage("unknown argument: " + args[i]);
            }
        }
        if (data == null) {
            usage("--data DIR is required");
        }
        Path home = data.toAbsolutePath().normalize();
        Files.createDirectories(home);
        // LOAD CSV reads file:/// URLs from this directory only (embedded Neo4j has no import
        // directory by default, so `LOAD CSV FROM 'file:///etc/passwd'` read any file).
        Path imports = home.resolve("import");
        Files.createDirectories(imports);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                // Bolt is off by default in embedded mode; the tests talk to it via the driver.
                .setConfig(BoltConnector.enabled, true)
                // Loopback only: this is a throw-away test server with no auth.
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.load_csv_file_url_root, imports)
                // No HTTP/HTTPS/browser: only Bolt is needed (they are off in embedded anyway).
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                // Keep the footprint small: test graphs are tiny; the default page cache
                // would be sized from the machine's RAM.
                .setConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                // Don't preallocate 256 MB transaction log / store files per database.
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                // "dbms.usage_report.enabled": never phone home (the machine has no network).
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's Netty event loops otherwise wait a 5 s "quiet period" each on shutdown
                // (~10 s per stop). Tests open no connections during shutdown, so skip it.
                // Internal setting: "internal.dbms.bolt.netty_server_shutdown_quiet_period".
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();

        // Register before announcing readiness so a SIGTERM right after READY is still clean.
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                dbms.shutdown();
                // stderr, so stdout keeps its single READY line; scripts grep the log for it.
                System.err.println("NEO4J STOPPED cleanly");
            } finally {
                stopped.countDown();
            }
        }, "neo4j-shutdown"));

        // build() starts the DBMS and the Bolt server; also wait for the default database
        // ("neo4j") to be available so the first query from a test doesn't race its startup.
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
            System.err.println("default database did not become available within 120s");
            System.exit(1);
        }

        System.out.println("NEO4J READY bolt://127.0.0.1:" + port);
        System.out.flush();

        // Park the main thread; the JVM exits when a signal runs the shutdown hook.
        stopped.await();
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) {
            usage(flag + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: Main --port N --data DIR");
        System.exit(2);
    }
}
