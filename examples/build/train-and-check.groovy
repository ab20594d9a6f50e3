// train-and-check.groovy: trains two example networks during the examples module's Maven build
// and fails the build when a model misses its mark. GMavenPlus runs it in the verify phase
// (see ../pom.xml); it runs as a plain Groovy script too, from the examples folder:
//   groovy -cp <dsl, core and their dependencies> build/train-and-check.groovy
//
// The marks, each overridable with a system property (mvn verify -Dnnscript.minAccuracy=0.99):
//   iris.nn             accuracy on its held-out rows at least nnscript.minAccuracy (default 0.93)
//   relu-final-bias.nn  final SSR loss at most nnscript.maxLoss (default 1e-4)
// Trained models are written to target/trained/ as .nn files.
import static dev.nnscript.dsl.groovy.NnDsl.load

File examples = binding.hasVariable('project') ? project.basedir : new File(System.getProperty('nnscript.examplesDir', '.'))
File trainedDir = new File(examples, 'target/trained')
trainedDir.mkdirs()

def checks = [
    [file: 'iris.nn', metric: 'heldOutAccuracy', atLeast: System.getProperty('nnscript.minAccuracy', '0.93') as double],
    [file: 'relu-final-bias.nn', metric: 'loss', atMost: System.getProperty('nnscript.maxLoss', '1e-4') as double],
]

def failures = []
checks.each { check ->
    def result = load(new File(examples, check.file)).train()
    double value = result."${check.metric}"
    println "nnscript check: ${check.file}: ${result}"
    File trained = new File(trainedDir, check.file)
    trained.text = result.network.toNn(trained)   // the data path, rewritten for target/trained/
    println "nnscript check: ${check.file}: wrote ${trained}"
    boolean passed = check.atLeast != null ? value >= check.atLeast : value <= check.atMost
    if (!passed) {
        String mark = check.atLeast != null ? "at least ${check.atLeast}" : "at most ${check.atMost}"
        failures << "${check.file}: ${check.metric} ${value} misses the required ${mark}".toString()
    }
}

if (failures) {
    throw new IllegalStateException('nnscript model check failed:\n  ' + failures.join('\n  '))
}
println "nnscript check: all ${checks.size()} models meet their marks"
