/** W1 floor: the cheapest Java process, for comparing start-up times. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello, world");
    }
}
