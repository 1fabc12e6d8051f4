package kg.launcher;

import inet.ipaddr.IPAddressString;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * kg's local Neo4j: Neo4j Community embedded, reachable only over Bolt on 127.0.0.1.
 *
 * <pre>
 * java -cp target/classes:$(cat target/classpath.txt) kg.launcher.Main \
 *   --port 7687 --data .data/neo4j [--parent-pid 1234] [--pagecache-mb 256] [--tx-timeout-s 0] \
 *   [--password P]
 * </pre>
 *
 * Prints {@code kg-neo4j ready bolt://127.0.0.1:7687} on stdout once Bolt accepts connections.
 * SIGTERM (or the death of --parent-pid) shuts the DBMS down cleanly through a shutdown hook, so
 * the next start needs no store recovery. Auth is off (the port is bound to loopback only)
 * unless --password is given.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("kg-neo4j: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    DatabaseManagementService dbms;
    try {
      dbms = start(options);
    } catch (RuntimeException e) {
      // The TypeScript side reads this line from the log to explain the failure to the user.
      System.err.println("kg-neo4j failed: " + rootMessage(e));
      e.printStackTrace();
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("kg-neo4j stopping");
      dbms.shutdown();
      System.out.println("kg-neo4j stopped");
    }, "kg-neo4j-shutdown"));
    if (options.password != null) {
      requirePassword(dbms, options.password);
    }
    if (options.parentPid > 0) {
      exitWhenParentDies(options.parentPid);
    }
    System.out.println("kg-neo4j ready bolt://127.0.0.1:" + options.port);
    System.out.flush();
  }

  private static DatabaseManagementService start(Options options) {
    return new DatabaseManagementServiceBuilder(options.dataDir)
        // Nothing a query runs may reach beyond the graph (kg cypher runs other people's
        // queries): LOAD CSV may read no file (file URLs off, and an import directory that
        // holds nothing) and fetch no URL (every IPv4 and IPv6 address blocked).
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, emptyImportDir(options.dataDir))
        .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
            java.util.List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", options.port))
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(options.pagecacheMb))
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(options.txTimeoutS))
        // Test instances are many and short-lived: don't reserve 256 MB per transaction log.
        .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
        .setConfig(GraphDatabaseSettings.udc_enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, options.password != null)
        // The databases are already checkpointed when Bolt stops; its two default 5 s grace
        // periods only made every stop take 10 s longer.
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .build();
  }

  /** An empty directory of its own, created if missing: LOAD CSV's file root. */
  private static Path emptyImportDir(Path dataDir) {
    Path dir = dataDir.resolve("import-nothing");
    try {
      java.nio.file.Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    return dir;
  }

  /** --password: auth on, user neo4j with this password (tests of kg's "wrong password" message). */
  private static void requirePassword(DatabaseManagementService dbms, String password) {
    dbms.database("system").executeTransactionally(
        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", java.util.Map.of("password", password));
  }

  /**
   * A test instance must not outlive the process that started it (even one killed with -9).
   * Polled once a second: ProcessHandle.onExit() on a non-child process backs off to ~20 s.
   */
  private static void exitWhenParentDies(long parentPid) {
    Thread watcher = new Thread(() -> {
      while (ProcessHandle.of(parentPid).map(ProcessHandle::isAlive).orElse(false)) {
        try {
          Thread.sleep(1_000);
        } catch (InterruptedException e) {
          return;
        }
      }
      System.out.println("kg-neo4j: parent process " + parentPid + " ended; shutting down");
      System.exit(0);
    }, "kg-neo4j-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  /** Command-line options; everything but --data has a default. */
  static final class Options {
    static final String USAGE =
        "usage: kg.launcher.Main --data DIR [--port 7687] [--parent-pid PID] [--pagecache-mb 256] [--tx-timeout-s 0] [--password P]";
    Path dataDir;
    int port = 7687;
    long parentPid = 0;
    long pagecacheMb = 256;
    long txTimeoutS = 0;
    String password = null;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i += 2) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + name);
        }
        String value = args[i + 1];
        switch (name) {
          case "--data" -> o.dataDir = Path.of(value).toAbsolutePath();
          case "--port" -> o.port = (int) number(name, value, 1, 65535);
          case "--parent-pid" -> o.parentPid = number(name, value, 1, Long.MAX_VALUE);
          case "--pagecache-mb" -> o.pagecacheMb = number(name, value, 8, 1 << 20);
          case "--tx-timeout-s" -> o.txTimeoutS = number(name, value, 0, 86_400);
          case "--password" -> o.password = value;
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (o.dataDir == null) {
        throw new IllegalArgumentException("--data DIR is required");
      }
      return o;
    }

    private static long number(String name, String value, long min, long max) {
      try {
        long n = Long.parseLong(value);
        if (n < min || n > max) {
          throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " must be a number, got " + value);
      }
    }
  }
}
