/** The module's runnable example (spark-submit's main class), also run by the module's tests. */
package dev.nnscript.spark.example;
