package dev.nnscript.onnx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnscript.core.network.Network;
import groovy.lang.Binding;
import groovy.lang.GroovyShell;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Groovy lines docs/interop.md shows: a network from the Groovy builder, exported and imported back. */
class GroovyExportTest {

    @TempDir
    Path folder;

    @Test
    void aGroovyNetworkExportsInOneLineAndImportsBack() throws Exception {
        Path model = folder.resolve("relu.onnx");
        Binding binding = new Binding();
        binding.setVariable("modelPath", model.toString());
        Object network = new GroovyShell(binding).evaluate("""
                import static dev.nnscript.dsl.groovy.NnDsl.*
                import dev.nnscript.onnx.OnnxExport
                import dev.nnscript.onnx.OnnxImport

                def net = network('ReLU in action') {
                    input 'dosage'
                    hidden relu, w: 1.70, b: -0.85
                    hidden relu, w: 12.6, b: 0.00
                    output 'effectiveness', relu, w: [-40.8, 2.70], b: -16
                }
                OnnxExport.write(net.script, new File(modelPath).toPath())
                assert OnnxImport.read(new File(modelPath).toPath()) == net.network
                OnnxImport.read(new File(modelPath).toPath())
                """);
        Network imported = (Network) network;
        assertEquals("ReLU in action", imported.name());
        assertEquals(1.0100000000000016, imported.predict(0.5)[0]);
        assertEquals(imported, OnnxImport.read(Files.readAllBytes(model)));
    }
}
