[ApiController]
[Route("api/[controller]")]
public class OrdersController : ControllerBase
{
    [HttpDelete("{id}")]
    [Authorize(Roles = "Admin")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Delete(int id)
    {
        var deleted = await _orders.DeleteAsync(id);
        return deleted ? NoContent() : NotFound();
    }
}
