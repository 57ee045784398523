package vn.gov.conference.plan.numbering;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.gov.conference.platform.security.Caller;
import vn.gov.conference.platform.web.InvalidInputException;

/**
 * {@code /api/registers/{issuer}/{year}}: the issuing body's document register. The office advances it when
 * documents were numbered outside this system, so that the next approval takes the number the register says.
 */
@RestController
@RequestMapping("/api/registers")
@Tag(name = "Document registers", description = "Sổ đăng ký văn bản: the next number per issuing body and year")
class RegisterController {

    private final NumberRegisters registers;
    private final RegisterAccess access;

    RegisterController(NumberRegisters registers, RegisterAccess access) {
        this.registers = registers;
        this.access = access;
    }

    record RegisterView(String issuer, int year, long lastUsed, long nextNumber) {

        static RegisterView of(RegisterState state) {
            return new RegisterView(state.issuer(), state.year(), state.lastUsed(), state.nextNumber());
        }
    }

    record AdvanceBody(Long nextNumber) {}

    @GetMapping("/{issuer}/{year}")
    @Operation(summary = "Where the register stands: the last number used and the next one")
    RegisterView get(@PathVariable String issuer, @PathVariable int year, Caller caller) {
        access.checkCanRead(issuer, caller);
        return RegisterView.of(registers.state(key(issuer, year)));
    }

    @PutMapping("/{issuer}/{year}")
    @Operation(summary = "Set the next number (OFFICE of the issuer's province); a register never goes back")
    RegisterView advance(
            @PathVariable String issuer, @PathVariable int year, @RequestBody AdvanceBody body, Caller caller) {
        access.checkCanAdvance(issuer, caller);
        if (body.nextNumber() == null) {
            throw new InvalidInputException("nextNumber", "required", "Say which number the next approval takes.");
        }
        return RegisterView.of(registers.advanceTo(key(issuer, year), body.nextNumber()));
    }

    private static RegisterKey key(String issuer, int year) {
        try {
            return new RegisterKey(issuer, year);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("year", "range", e.getMessage());
        }
    }
}
