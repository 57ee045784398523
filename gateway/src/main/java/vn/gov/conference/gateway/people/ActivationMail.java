package vn.gov.conference.gateway.people;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The letter that carries a person's one-time link ({@code {publicUrl}/kich-hoat/{token}}): to activate a new account,
 * or, for an active one, to choose a new password.
 */
@Component
class ActivationMail {

    /** The password rules (PasswordRules), as both letters say them before the person types. */
    private static final String RULES =
            "Mật khẩu có ít nhất 12 ký tự, không chứa địa chỉ email hay họ tên, và gồm nhiều"
                    + " loại ký tự\n(chữ và số, chữ hoa và chữ thường, hoặc ký hiệu).";

    private final JavaMailSender mail;

    private final PeopleProperties properties;

    ActivationMail(JavaMailSender mail, PeopleProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    static URI link(URI publicUrl, String token) {
        String base = publicUrl.toString().endsWith("/") ? publicUrl.toString() : publicUrl + "/";
        return URI.create(base + "kich-hoat/" + token);
    }

    void send(Person person, String token) throws MailException {
        URI link = link(this.properties.publicUrl(), token);
        MimeMessage message = this.mail.createMimeMessage();
        try {
            MimeMessageHelper letter = new MimeMessageHelper(message, false, "UTF-8");
            letter.setFrom(this.properties.mailFrom(), "Hệ thống Hội nghị chỉ số");
            letter.setTo(person.email());
            if (person.status() == Person.Status.ACTIVE) {
                letter.setSubject("Đặt lại mật khẩu Hệ thống Hội nghị chỉ số");
                letter.setText("""
                        Kính gửi: %s,

                        Người quản lý tài khoản của đơn vị đã gửi cho quý vị đường dẫn đặt lại mật khẩu trên Hệ thống
                        Hội nghị chỉ số. Để chọn mật khẩu mới, xin mở đường dẫn sau (dùng được một lần, trong %d giờ):

                        %s

                        %s

                        Mật khẩu hiện tại vẫn dùng được cho đến khi quý vị đặt mật khẩu mới. Nếu quý vị không cần
                        đặt lại, xin bỏ qua thư này.
                        """.formatted(
                        person.name(), this.properties.activationValidity().toHours(), link, RULES));
            } else {
                letter.setSubject("Kích hoạt tài khoản Hệ thống Hội nghị chỉ số");
                letter.setText("""
                        Kính gửi: %s,

                        Tài khoản của quý vị trên Hệ thống Hội nghị chỉ số đã được tạo (%s, đơn vị %s).
                        Để đặt mật khẩu và bắt đầu sử dụng, xin mở đường dẫn sau (dùng được một lần, trong %d giờ):

                        %s

                        %s

                        Nếu quý vị không chờ thư này, xin bỏ qua: không ai dùng được tài khoản khi chưa đặt mật khẩu.
                        """.formatted(
                                person.name(),
                                person.role(),
                                person.unit(),
                                this.properties.activationValidity().toHours(),
                                link,
                                RULES));
            }
        } catch (MessagingException | UnsupportedEncodingException ex) {
            throw new MailPreparationException("Cannot compose the activation letter", ex);
        }
        this.mail.send(message);
    }
}
