package kz.certcopy.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Each demo account (README) lands after sign-in on a page its role may use, and its header offers exactly the
 * pages it may open — each of which opens without "access denied".
 */
class RoleHomeIT extends BrowserTest {

    @Test
    void aClerkLandsOnToday() {
        landsOn("almaty.clerk1", "/", "Сегодня", List.of("/", "/requests/new", "/copies"));
    }

    @Test
    void theSupervisorLandsOnTheBoard() {
        landsOn("supervisor", "/board", "Панель руководителя", List.of("/copies", "/board", "/records"));
        open("/records");
        assertThat(all("#hold-form")).as("legal holds are the records officer's").isEmpty();
        signOut();
    }

    @Test
    void theRecordsOfficerLandsOnTheRecordsPage() {
        landsOn("records", "/records", "Архив", List.of("/records"));
        assertThat(find("#hold-form").isDisplayed()).isTrue();
        assertThat(find("#hold-h").getText()).isEqualTo("Запрет уничтожения"); // no English in brackets
        signOut();
    }

    @Test
    void theMinistryLandsOnTheCopySearchAndCanUseIt() {
        landsOn("ministry", "/copies", "Поиск копий", List.of("/copies", "/records"));
        find("#applicant").sendKeys("850312300121");
        find("#reason").sendKeys("Проверка министерства № 14-2/2026");
        submit("#search");
        assertThat(all("#search-error")).isEmpty();
        assertThat(all("#found").size() + all("#no-copies").size()).isEqualTo(1);
        open("/records");
        assertThat(find("#retention-figures").getText()).isNotBlank();
        assertThat(all("#hold-form")).as("the ministry reads only").isEmpty();

        // a page it may not open says so, and its link leads back to the ministry's own start page
        open("/board");
        assertThat(find("#main .error").getText()).isEqualTo("Недостаточно прав.");
        assertThat(find("#main p a").getText()).isEqualTo("Поиск копий");
        submit("#main p a");
        assertThat(path()).isEqualTo("/copies");
        signOut();
    }

    private void landsOn(String user, String home, String title, List<String> nav) {
        signOut();
        open("/login?lang=ru");
        signIn(user);
        assertThat(path()).isEqualTo(home);
        assertThat(find("h1").getText()).isEqualTo(title);
        assertThat(all("#main .code")).as("not an error page").isEmpty();
        assertThat(find("header .who .clerk").getText()).as("the account's name, without English")
                .doesNotContainPattern("[A-Za-z]");
        shot("75-home-" + user);
        List<String> links = all("header nav a").stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
        assertThat(links).containsExactlyElementsOf(nav);
        for (String link : links) {
            open(link);
            assertThat(all("#main .code")).as(user + " opens " + link).isEmpty();
            assertThat(browser.findElement(By.tagName("h1")).getText()).isNotEqualTo("Действие невозможно");
        }
        open(home);
    }

    private String path() {
        return URI.create(browser.getCurrentUrl()).getPath();
    }
}
