@CrossOrigin
@RestController
public class ApiController {}
