# Where a CPU profile's time goes, layer by layer: each sample counts for the innermost frame
# that belongs to a known layer, so JDK and kernel frames count for the layer that called them
# (a HashMap lookup in Hibernate is Hibernate's time). Unlike "samples anywhere in the stack",
# the shares add up to 100%. Input: async-profiler's collapsed stacks (bench/run.sh --profile).
#   awk -f bench/layers.awk target/bench/profile-postgresql-M-traversal.txt
function layer(f) {
  if (f ~ /^org\/accord\//) return "Accord";
  if (f ~ /^org\/hibernate\//) return "Hibernate ORM";
  if (f ~ /^org\/postgresql\//) return "PostgreSQL JDBC driver";
  if (f ~ /^org\/h2\//) return "H2";
  if (f ~ /^io\/agroal\// || f ~ /narayana|arjuna/) return "connection pool, transactions";
  if (f ~ /^org\/dataloader\//) return "java-dataloader";
  if (f ~ /^graphql\//) return "graphql-java";
  if (f ~ /^io\/smallrye\/graphql\// || f ~ /^io\/quarkus\/smallrye\/graphql\//) return "SmallRye GraphQL";
  if (f ~ /^io\/smallrye\/context\// || f ~ /^io\/smallrye\/mutiny\// || f ~ /^org\/jboss\/threads\//) return "context propagation, worker threads";
  if (f ~ /^io\/quarkus\//) return "Quarkus, ArC";
  if (f ~ /^io\/vertx\// || f ~ /^io\/netty\//) return "Vert.x, Netty (HTTP)";
  if (f ~ /^org\/eclipse\/parsson\// || f ~ /^jakarta\/json\//) return "JSON";
  if (f ~ /^io\/micrometer\//) return "Micrometer";
  if (f ~ /C2Compiler|C1Compiler|CompileBroker/) return "JIT compilers";
  if (f ~ /GC|Generation|DefNew|OopOop|Tenured|SerialHeap|WeakProcessor|Scavenge|safepoint|VMThread/) return "GC, VM";
  return "";
}
{
  n = $NF; sub(/ [0-9]+$/, ""); k = split($0, f, ";"); total += n; found = "";
  for (i = k; i >= 1 && found == ""; i--) found = layer(f[i]);
  if (found == "") found = "other (JDK, kernel, libc)";
  share[found] += n;
}
END { for (x in share) printf "%5.1f%%  %s\n", 100 * share[x] / total, x }
