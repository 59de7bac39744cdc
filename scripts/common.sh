# Sourced by the scripts under scripts/: what several of them need, in one place.

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

java_runtime_version() { java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'; }

# analysed_articles LOG...: how many articles the nodes' logs say were analysed or failed, each counted once
# (AnalysisQueue's "Article N: M statement(s)" and "Analysis of article N failed").
analysed_articles() {
  cat "$@" | grep -oE 'Article [0-9]+: [0-9]+ statement|Analysis of article [0-9]+ failed' \
    | grep -oE '^[A-Za-z ]+[0-9]+' | grep -oE '[0-9]+$' | sort -u | wc -l
}
